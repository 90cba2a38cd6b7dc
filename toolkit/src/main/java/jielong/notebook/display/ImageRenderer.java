package jielong.notebook.display;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Shows a {@link java.awt.image.BufferedImage} (any {@link RenderedImage}) as a PNG. */
final class ImageRenderer {

    private ImageRenderer() {
    }

    static MimeBundle render(RenderedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the image as PNG", e);
        }
        return png(png.toByteArray(), "image " + image.getWidth() + "x" + image.getHeight());
    }

    /** A bundle for PNG bytes, with a short text for readers that cannot show images. */
    static MimeBundle png(byte[] bytes, String description) {
        return new MimeBundle()
                .put(MimeBundle.PNG, Base64.getEncoder().encodeToString(bytes))
                .put(MimeBundle.TEXT, "<" + description + ">");
    }
}
