package io.billingconsole.shared;

import com.lowagie.text.pdf.BaseFont;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the embedded CJK font of the PDFs (invoices, quotes): a TrueType file or a collection entry
 * such as {@code wqy-microhei.ttc,0}. Null when the font is missing or unusable; the PDF then gets
 * English labels in a standard font.
 */
public final class CjkFont {

    private static final Logger LOG = Logger.getLogger(CjkFont.class);

    private CjkFont() {
    }

    public static BaseFont load(String fontPath) {
        if (fontPath == null || fontPath.isBlank()) {
            return null;
        }
        String file = fontPath.contains(",") ? fontPath.substring(0, fontPath.lastIndexOf(',')) : fontPath;
        if (!Files.isReadable(Path.of(file))) {
            return null;
        }
        try {
            return BaseFont.createFont(fontPath, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("PDF font %s not usable (%s); PDFs get English labels", fontPath, e.getMessage());
            return null;
        }
    }

    /** The standard font used when no CJK font is there. */
    public static BaseFont latin() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new IllegalStateException("Helvetica", e);
        }
    }
}
