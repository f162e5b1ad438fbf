package io.veil.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Removes document-level metadata that holds personal data (author, creator tool, XMP history), file
 * attachments (never scanned, so never kept), document and page actions (JavaScript, submit) and any
 * encryption, so the saved file is plain and says nothing about who made it. Stateless.
 */
final class Metadata {

    private Metadata() {
    }

    /** Strips the metadata in place and returns the names of the blocks that were there. */
    static List<String> strip(PDDocument doc) {
        List<String> removed = new ArrayList<>();
        COSDictionary trailer = doc.getDocument().getTrailer();
        if (trailer.containsKey(COSName.INFO)) {
            trailer.removeItem(COSName.INFO);
            removed.add("info");
        }
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        boolean xmp = catalog.containsKey(COSName.METADATA);
        catalog.removeItem(COSName.METADATA);
        catalog.removeItem(COSName.PIECE_INFO);
        for (PDPage page : doc.getPages()) {
            xmp |= page.getCOSObject().containsKey(COSName.METADATA);
            page.getCOSObject().removeItem(COSName.METADATA);
            page.getCOSObject().removeItem(COSName.PIECE_INFO);
        }
        if (xmp) {
            removed.add("xmp");
        }
        COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
        if (names != null && names.containsKey(COSName.EMBEDDED_FILES)) {
            names.removeItem(COSName.EMBEDDED_FILES);
            removed.add("attachments");
        }
        boolean scripts = names != null && names.containsKey(COSName.JAVA_SCRIPT);
        if (names != null) {
            names.removeItem(COSName.JAVA_SCRIPT);
        }
        // actions can run script or submit form data elsewhere; a redacted copy has no use for them
        scripts |= catalog.containsKey(COSName.OPEN_ACTION) || catalog.containsKey(COSName.AA);
        catalog.removeItem(COSName.OPEN_ACTION);
        catalog.removeItem(COSName.AA);
        for (PDPage page : doc.getPages()) {
            scripts |= page.getCOSObject().containsKey(COSName.AA);
            page.getCOSObject().removeItem(COSName.AA);
        }
        if (scripts) {
            removed.add("actions");
        }
        if (doc.isEncrypted()) {
            doc.setAllSecurityToBeRemoved(true);
            removed.add("encryption");
        }
        return removed;
    }
}
