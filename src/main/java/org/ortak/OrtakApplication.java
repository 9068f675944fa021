package org.ortak;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

import org.ortak.shared.DataDirectory;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class OrtakApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(OrtakApplication.class);
		// before the database opens its files
		application.addListeners(new DataDirectory());
		application.run(args);
	}

}
