/**
 * Stored files (certificate scans, photos): a {@link io.kelola.files.BlobStore} keeps bytes under
 * random keys, on the local disk or in S3 ({@code kelola.files.store}); the owning module keeps the
 * key and the file's metadata in its own table. {@link io.kelola.files.FileChecks} decides by
 * content whether an upload may be stored.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package io.kelola.files;
