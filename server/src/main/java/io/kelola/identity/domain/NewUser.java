package io.kelola.identity.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Input for creating a user (admin console and API). */
public record NewUser(
    @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{user.username.pattern}") String username,
    @NotBlank @Email @Size(max = 254) String email,
    @JsonProperty("full_name") @Size(max = 100) String fullName,
    @NotBlank @Size(max = 40) String role,
    @NotBlank @Size(max = 128) String password) {}
