package org.ortak.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

import org.ortak.shared.InvalidInput;

/**
 * An upload's bytes, refused before they are read when missing or over the limit, the
 * violation named by the form's or the API's field with the module's own messages
 * ({@code photo.empty}, {@code document.tooLarge}…).
 */
public final class Uploads {

	private Uploads() {
	}

	/**
	 * The bytes sent.
	 * @param field the upload's field, named by the violation
	 * @param messages the messages' prefix: {@code prefix.empty}, {@code prefix.tooLarge}
	 * (with the limit in MB)
	 * @throws InvalidInput when nothing was sent or more than {@code maxBytes}
	 */
	public static byte[] required(MultipartFile file, long maxBytes, String field, String messages) {
		if (file == null || file.isEmpty()) {
			throw InvalidInput.of(field, messages + ".empty");
		}
		return read(file, maxBytes, field, messages);
	}

	/**
	 * The bytes sent, or {@code null} when nothing was: an upload a form may leave out.
	 */
	public static byte[] optional(MultipartFile file, long maxBytes, String field, String messages) {
		return (file == null || file.isEmpty()) ? null : read(file, maxBytes, field, messages);
	}

	private static byte[] read(MultipartFile file, long maxBytes, String field, String messages) {
		if (file.getSize() > maxBytes) {
			throw InvalidInput.of(field, messages + ".tooLarge", maxBytes / (1024 * 1024));
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
