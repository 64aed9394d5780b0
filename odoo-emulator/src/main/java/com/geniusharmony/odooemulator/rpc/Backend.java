package com.geniusharmony.odooemulator.rpc;

import com.geniusharmony.odooemulator.orm.ModelDef;
import com.geniusharmony.odooemulator.orm.OdooError;
import com.geniusharmony.odooemulator.orm.Orm;

/**
 * What the protocol endpoints share: the models, the accounts and sessions, the database
 * name and the version.
 *
 * @param orm the models
 * @param accounts the accounts
 * @param sessions the web sessions
 * @param database the database name
 * @param version the announced version
 */
public record Backend(Orm orm, Accounts accounts, Sessions sessions, String database, ServerVersion version) {

	/**
	 * Fails as Odoo does when a database does not exist (its PostgreSQL connection
	 * fails).
	 * @param db the database named by the caller
	 */
	public void checkDatabase(String db) {
		if (!this.database.equals(db)) {
			throw OdooError.operationalError("connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  "
					+ "database \"" + db + "\" does not exist\n");
		}
	}

	/**
	 * A model, or the error of {@code execute_kw} for an unknown one.
	 * @param name the model name
	 * @return the model
	 */
	public ModelDef model(String name) {
		ModelDef model = this.orm.model(name);
		if (model == null) {
			throw OdooError.userError("Object " + name + " doesn't exist");
		}
		return model;
	}

}
