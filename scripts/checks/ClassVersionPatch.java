import java.io.*;
import java.nio.file.*;
import java.util.zip.*;

/**
 * Copies a jar, rewriting class-file major version 65 (Java 21) to 61 (Java 17).
 * Why: apex-ls ships a few classes compiled for Java 21 that use no Java 21 API; Java 21 is not
 * installable on our machines, and the bytecode runs unchanged on 17.
 * Usage: java ClassVersionPatch.java in.jar out.jar
 */
public class ClassVersionPatch {
    public static void main(String[] args) throws IOException {
        int patched = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Path.of(args[0])));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(Path.of(args[1])))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                String name = entry.getName();
                if (name.endsWith(".class") && bytes.length > 8
                        && (bytes[0] & 0xff) == 0xCA && (bytes[1] & 0xff) == 0xFE
                        && (bytes[6] & 0xff) == 0 && (bytes[7] & 0xff) > 61) {
                    bytes[7] = 61;
                    patched++;
                }
                // Signed-jar files would no longer match the patched classes.
                if (name.startsWith("META-INF/") && (name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA"))) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                out.write(bytes);
                out.closeEntry();
            }
        }
        System.out.println(patched);
    }
}
