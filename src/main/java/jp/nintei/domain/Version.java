package jp.nintei.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Nintei's version: the one in pom.xml, written into the build (About box, {@code --version}, installers). */
public final class Version {

    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/jp/nintei/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
