package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ortak.accounts.UserNames;

/**
 * Recomputes every user name's key as {@link UserNames#key} now makes it (NFKC and the
 * Turkish I folded; before, only lower case). Where two existing users would get the same
 * key, the later one keeps its old key and a warning names both, for an admin to settle.
 */
public class V8_1__username_keys extends BaseJavaMigration {

	private static final Logger log = LoggerFactory.getLogger(V8_1__username_keys.class);

	private static final int MAX_KEY = 60;

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		Map<Long, String[]> users = new LinkedHashMap<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, username, username_key from app_user order by id")) {
			while (rows.next()) {
				users.put(rows.getLong(1), new String[] { rows.getString(2), rows.getString(3) });
			}
		}
		Set<String> claimed = new HashSet<>();
		users.values()
			.stream()
			.filter((user) -> UserNames.key(user[0]).equals(user[1]))
			.forEach((user) -> claimed.add(user[1]));
		try (PreparedStatement update = connection
			.prepareStatement("update app_user set username_key = ? where id = ?")) {
			for (Map.Entry<Long, String[]> user : users.entrySet()) {
				String key = UserNames.key(user.getValue()[0]);
				if (key.equals(user.getValue()[1])) {
					continue;
				}
				if (key.length() > MAX_KEY) {
					log.warn("User '{}' keeps its old user name key: the new one would be too long",
							user.getValue()[0]);
					continue;
				}
				if (!claimed.add(key)) {
					log.warn("User '{}' keeps its old user name key: another user's name compares equal to it; "
							+ "rename one of them", user.getValue()[0]);
					continue;
				}
				update.setString(1, key);
				update.setLong(2, user.getKey());
				update.executeUpdate();
			}
		}
	}

}
