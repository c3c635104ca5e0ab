/**
 * Stored files (certificate scans, attachments): a {@link io.kelola.files.BlobStore} keeps bytes
 * under random keys; the owning module keeps the key and the file's metadata in its own table.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package io.kelola.files;
