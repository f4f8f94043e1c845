import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Packs PNG files into a macOS .icns: java icons/Icns.java OUT.icns 16.png 32.png 64.png 128.png 256.png 512.png
 * 1024.png (each entry is its PNG, typed by size: icp4, icp5, icp6, ic07, ic08, ic09, ic10).
 */
public class Icns {
    public static void main(String[] args) throws IOException {
        String[] types = {"icp4", "icp5", "icp6", "ic07", "ic08", "ic09", "ic10"};
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(entries);
        for (int i = 1; i < args.length; i++) {
            byte[] png = Files.readAllBytes(Path.of(args[i]));
            out.writeBytes(types[i - 1]);
            out.writeInt(png.length + 8);
            out.write(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(entries.size() + 8);
        header.write(entries.toByteArray());
        Files.write(Path.of(args[0]), file.toByteArray());
    }
}
