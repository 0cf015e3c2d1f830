package dev.drift.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The example application: a Spring Boot application whose tenants' schemas are checked against the
 * baseline snapshot it ships ({@code drift/baseline.json}, from the examples module) at start-up and
 * periodically, with the result on {@code /actuator/health}.
 */
@SpringBootApplication
public class ExampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }
}
