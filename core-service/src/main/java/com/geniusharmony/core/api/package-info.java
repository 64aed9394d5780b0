/**
 * What every resource of the API shares: opaque string ids, paging of lists, and how an
 * entity shows its Odoo link.
 */
@NullMarked
package com.geniusharmony.core.api;

import org.jspecify.annotations.NullMarked;
