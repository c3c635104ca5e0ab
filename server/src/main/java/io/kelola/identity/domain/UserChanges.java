package io.kelola.identity.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Editable profile fields of a user. */
public record UserChanges(
    @NotBlank @Email @Size(max = 254) String email,
    @JsonProperty("full_name") @Size(max = 100) String fullName,
    @NotBlank @Size(max = 40) String role) {}
