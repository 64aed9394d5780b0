/**
 * What a user of the system sees: changes made through core-service land in Odoo and
 * reach the people concerned as notifications.
 */
@NullMarked
package com.geniusharmony.system.flow;

import org.jspecify.annotations.NullMarked;
