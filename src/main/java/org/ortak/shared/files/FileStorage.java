package org.ortak.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Where uploaded files (photos, attachments) are kept, under keys that Ortak makes, never
 * the uploader: a folder on this machine by default ({@link LocalFileStorage}), an
 * S3-compatible store when several nodes serve. A file written by one request is read by
 * another only through here.
 */
public interface FileStorage {

	/** The longest key taken. */
	int MAX_KEY_LENGTH = 200;

	/**
	 * Keeps the bytes under the key, replacing what it held; once this returns they
	 * survive a crash. A reader sees the old bytes or the new ones, never a part.
	 * @throws IllegalArgumentException if the key is not one Ortak makes
	 */
	void put(String key, byte[] content);

	/**
	 * The bytes kept under the key as a stream the caller closes, or empty when nothing
	 * is.
	 * @throws IllegalArgumentException if the key is not one Ortak makes
	 */
	Optional<InputStream> open(String key);

	/**
	 * The bytes kept under the key, or empty when nothing is.
	 * @throws IllegalArgumentException if the key is not one Ortak makes
	 */
	default Optional<byte[]> read(String key) {
		Optional<InputStream> opened = open(key);
		if (opened.isEmpty()) {
			return Optional.empty();
		}
		try (InputStream content = opened.get()) {
			return Optional.of(content.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the file " + key, ex);
		}
	}

	/**
	 * Removes what the key holds, for good once this returns; nothing held is no error.
	 * @throws IllegalArgumentException if the key is not one Ortak makes
	 */
	void delete(String key);

	/**
	 * The key itself when it is one Ortak makes: lower-case letters, digits, {@code _.-}
	 * in segments apart by single slashes, each segment starting with a letter or digit
	 * (so no {@code ..}, no leading or trailing slash, nothing hidden), at most
	 * {@value #MAX_KEY_LENGTH} characters. Every implementation checks its keys here.
	 * @throws IllegalArgumentException otherwise: keys come from code, so a bad one is a
	 * bug, not input to report
	 */
	static String checkedKey(String key) {
		if (key == null || key.length() > MAX_KEY_LENGTH || key.contains("..")
				|| !key.matches("[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*")) {
			throw new IllegalArgumentException("Not a file key Ortak makes: " + key);
		}
		return key;
	}

	/**
	 * A new key {@code prefix/yyyy/MM/<random UUID>.<extension>} (e.g.
	 * {@code photos/2026/12/0b6f….jpg}), the month in UTC: folders of a bounded size, and
	 * a name nobody can guess or choose.
	 */
	static String newKey(String prefix, String extension, Clock clock) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		return checkedKey(String.format(Locale.ROOT, "%s/%04d/%02d/%s.%s", prefix, today.getYear(),
				today.getMonthValue(), UUID.randomUUID(), extension));
	}

	/** A new key for this month: {@link #newKey(String, String, Clock)}. */
	static String newKey(String prefix, String extension) {
		return newKey(prefix, extension, Clock.systemUTC());
	}

}
