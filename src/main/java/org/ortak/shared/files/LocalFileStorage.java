package org.ortak.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Files kept in a folder of this machine ({@code ortak.files.dir}, by default
 * {@code data/files}), for one node: each key a file at that path below the folder,
 * folders 700 and files 600 where the file system has POSIX permissions.
 */
public class LocalFileStorage implements FileStorage {

	private final Path root;

	private final boolean posix;

	public LocalFileStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
		this.posix = this.root.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	/**
	 * Writes a hidden temporary file beside the target, forces it to the disk, renames it
	 * over the target in one step, then forces the folders whose entries changed: a crash
	 * at any point leaves the old file or the new one, and the new one once this returns.
	 */
	@Override
	public void put(String key, byte[] content) {
		Path file = resolve(key);
		Path folder = file.getParent();
		try {
			Path existing = createFolders(folder);
			// keys never start a segment with a dot, so this name is no key's
			Path temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
			try {
				try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
					ByteBuffer buffer = ByteBuffer.wrap(content);
					while (buffer.hasRemaining()) {
						channel.write(buffer);
					}
					channel.force(true);
				}
				// rename(2) replaces the target atomically
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			for (Path changed = folder; changed != null; changed = changed.getParent()) {
				sync(changed);
				if (changed.equals(existing)) {
					break;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the file " + key + " in " + this.root, ex);
		}
	}

	@Override
	public Optional<InputStream> open(String key) {
		Path file = resolve(key);
		if (Files.isDirectory(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.newInputStream(file));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open the file " + key + " in " + this.root, ex);
		}
	}

	@Override
	public void delete(String key) {
		Path file = resolve(key);
		if (Files.isDirectory(file)) {
			return;
		}
		try {
			if (Files.deleteIfExists(file)) {
				// an erased photo must not come back after a crash
				sync(file.getParent());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the file " + key + " in " + this.root, ex);
		}
	}

	/**
	 * The key's path; checked to stay below the root, though a checked key cannot leave
	 * it.
	 */
	private Path resolve(String key) {
		Path file = this.root.resolve(FileStorage.checkedKey(key)).normalize();
		if (!file.startsWith(this.root) || file.equals(this.root)) {
			throw new IllegalArgumentException("The file key " + key + " leads outside " + this.root);
		}
		return file;
	}

	/**
	 * Creates the folder and those missing above it; answers the nearest that existed.
	 */
	private Path createFolders(Path folder) throws IOException {
		Path existing = folder;
		while (existing != null && !Files.isDirectory(existing)) {
			existing = existing.getParent();
		}
		if (folder.equals(existing)) {
			return existing;
		}
		try {
			if (this.posix) {
				Files.createDirectories(folder,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			}
			else {
				Files.createDirectories(folder);
			}
		}
		catch (FileAlreadyExistsException ex) {
			// a file where a folder should be: a key that is another key's folder
			throw new IOException(ex.getFile() + " is a file, not a folder", ex);
		}
		return existing;
	}

	/**
	 * Forces a folder's entries to the disk. Where folders cannot be opened as files
	 * (Windows), the rename is as durable as the system makes it.
	 */
	private void sync(Path folder) throws IOException {
		if (!this.posix) {
			return;
		}
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}

}
