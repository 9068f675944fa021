package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.ortak.shared.Text;

/**
 * Fills every organization's name key, as the organization itself keeps it from now on,
 * so duplicates already in the register are found.
 */
public class V13_1__organization_name_keys extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, name from organization");
				PreparedStatement update = connection
					.prepareStatement("update organization set name_key = ? where id = ?")) {
			int batched = 0;
			while (rows.next()) {
				update.setString(1, Text.matchKey(rows.getString(2)));
				update.setLong(2, rows.getLong(1));
				update.addBatch();
				if (++batched % 1000 == 0) {
					update.executeBatch();
				}
			}
			update.executeBatch();
		}
	}

}
