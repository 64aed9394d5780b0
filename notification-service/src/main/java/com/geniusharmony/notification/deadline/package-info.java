/**
 * Deadline reminders: a projection of the tasks (title, project, status, deadline,
 * assignees) kept from the task events, and the check each deadline tick runs over it,
 * one statement that writes each reminder once per task, assignee, type and deadline.
 */
@NullMarked
package com.geniusharmony.notification.deadline;

import org.jspecify.annotations.NullMarked;
