package io.kelola;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the Kelola server: one modular monolith for SARI, SentraAuto Care and Sentient Factory. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KelolaApplication {

  public static void main(String[] args) {
    SpringApplication.run(KelolaApplication.class, args);
  }
}
