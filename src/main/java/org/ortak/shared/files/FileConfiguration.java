package org.ortak.shared.files;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The file storage: a folder on this machine unless the deployment brings its own
 * {@link FileStorage} bean (an S3-compatible one for a cluster). An auto-configuration
 * (listed in META-INF/spring), so that it is looked at after every bean of the
 * application is known: the missing-bean condition is reliable only there.
 */
@AutoConfiguration
class FileConfiguration {

	@Bean
	@ConditionalOnMissingBean(FileStorage.class)
	FileStorage fileStorage(@Value("${ortak.files.dir:${ortak.data-dir:./data}/files}") String folder) {
		return new LocalFileStorage(Path.of(folder));
	}

}
