package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.ortak.regions.RegionSearchKeys;

/**
 * Fills every region's search key from its own name and its names in every language, as
 * the region itself keeps it from now on.
 */
public class V11_1__region_search_keys extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		Map<Long, List<String>> names = new LinkedHashMap<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, name from region order by id")) {
			while (rows.next()) {
				names.computeIfAbsent(rows.getLong(1), (id) -> new ArrayList<>()).add(rows.getString(2));
			}
		}
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select region_id, name from region_name")) {
			while (rows.next()) {
				List<String> own = names.get(rows.getLong(1));
				if (own != null) {
					own.add(rows.getString(2));
				}
			}
		}
		try (PreparedStatement update = connection.prepareStatement("update region set search_key = ? where id = ?")) {
			for (Map.Entry<Long, List<String>> region : names.entrySet()) {
				List<String> all = region.getValue();
				update.setString(1, RegionSearchKeys.of(all.get(0), all.subList(1, all.size())));
				update.setLong(2, region.getKey());
				update.addBatch();
			}
			update.executeBatch();
		}
	}

}
