# Runs inside `odoo shell` (which provides `env`): the administrator gets ODOO_ADMIN_PASSWORD, and the API user
# odoo-sync-service logs in as gets ODOO_API_LOGIN / ODOO_API_PASSWORD with only what the sync needs:
# an internal user who may create and edit contacts (res.partner) and manage projects and tasks.
# Odoo 18 names the groups field groups_id (Odoo 19: group_ids).
import os

env.ref("base.user_admin").write({"password": os.environ["ODOO_ADMIN_PASSWORD"]})

groups = [
    env.ref("base.group_user").id,
    env.ref("base.group_partner_manager").id,
    env.ref("project.group_project_manager").id,
]
values = {
    "name": "Genius Harmony sync",
    "login": os.environ["ODOO_API_LOGIN"],
    "password": os.environ["ODOO_API_PASSWORD"],
    "groups_id": [(6, 0, groups)],
}
users = env["res.users"].with_context(active_test=False, no_reset_password=True)
user = users.search([("login", "=", values["login"])], limit=1)
if user:
    user.write(dict(values, active=True))
else:
    users.create(values)
env.cr.commit()
print("Odoo user %s has the groups %s" % (values["login"], groups))
