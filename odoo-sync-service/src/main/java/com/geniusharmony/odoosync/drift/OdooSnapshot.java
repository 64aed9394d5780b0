package com.geniusharmony.odoosync.drift;

/**
 * The records the sync wrote to Odoo, per kind.
 *
 * @param users the contacts of users
 * @param projects the projects
 * @param tasks the tasks
 */
record OdooSnapshot(OdooRecords users, OdooRecords projects, OdooRecords tasks) {

}
