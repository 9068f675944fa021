package org.ortak.accounts;

import java.sql.Connection;
import java.util.UUID;

import javax.sql.DataSource;

import db.migration.common.V8_1__username_keys;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.ortak.OrtakTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys stored before V8 (only lower case) are recomputed; a name that would collide keeps
 * its old key rather than failing the start.
 */
@OrtakTest
class UsernameKeyMigrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void oldKeysAreRecomputedAndCollisionsKeptApart() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		insert("İzmir-" + suffix, "i\u0307zmir-" + suffix);
		insert("Izmir-" + suffix + "x", "izmir-" + suffix + "x");
		insert("ızmir-" + suffix + "x", "ızmir-" + suffix + "x");

		try (Connection connection = this.dataSource.getConnection()) {
			new V8_1__username_keys().migrate(new Context() {
				@Override
				public Configuration getConfiguration() {
					return null;
				}

				@Override
				public Connection getConnection() {
					return connection;
				}
			});
		}

		assertThat(key("İzmir-" + suffix)).isEqualTo("izmir-" + suffix);
		assertThat(key("Izmir-" + suffix + "x")).isEqualTo("izmir-" + suffix + "x");
		assertThat(key("ızmir-" + suffix + "x")).as("collides with Izmir: keeps its old key")
			.isEqualTo("ızmir-" + suffix + "x");
	}

	private void insert(String username, String oldKey) {
		this.jdbc.update(
				"insert into app_user (public_id, username, username_key, password_hash, enabled, created_at, "
						+ "updated_at) values (?, ?, ?, 'x', false, current_timestamp, current_timestamp)",
				UUID.randomUUID(), username, oldKey);
	}

	private String key(String username) {
		return this.jdbc.queryForObject("select username_key from app_user where username = ?", String.class, username);
	}

}
