package org.ortak.shared.files;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files go to a folder under the data folder unless the deployment brings its own
 * storage.
 */
class FileConfigurationTests {

	@TempDir
	Path temp;

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(FileConfiguration.class));

	@Test
	void filesAreKeptUnderTheDataFolderByDefault() {
		this.context.withPropertyValues("ortak.data-dir=" + this.temp).run((context) -> {
			context.getBean(FileStorage.class).put("photos/a.jpg", new byte[] { 1 });

			assertThat(context).hasSingleBean(LocalFileStorage.class);
			assertThat(this.temp.resolve("files/photos/a.jpg")).exists();
		});
	}

	@Test
	void aStorageTheDeploymentBringsIsUsedInstead() {
		this.context.withBean(FileStorage.class, InCluster::new).run((context) -> {
			assertThat(context).hasSingleBean(FileStorage.class);
			assertThat(context).getBean(FileStorage.class).isInstanceOf(InCluster.class);
		});
	}

	/** Stands for an S3-compatible storage. */
	static class InCluster implements FileStorage {

		@Override
		public void put(String key, byte[] content) {
		}

		@Override
		public Optional<InputStream> open(String key) {
			return Optional.empty();
		}

		@Override
		public void delete(String key) {
		}

	}

}
