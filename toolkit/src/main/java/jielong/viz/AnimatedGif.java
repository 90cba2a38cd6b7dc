package jielong.viz;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.Renderable;

/**
 * An animated GIF made from frames with the JDK's own GIF writer (javax.imageio), looping for ever.
 * In a notebook it shows as an HTML image, which every front end plays; its bytes can also be saved.
 */
public final class AnimatedGif implements Renderable {
    private final byte[] bytes;
    private final int frames;

    private AnimatedGif(byte[] bytes, int frames) {
        this.bytes = bytes;
        this.frames = frames;
    }

    /**
     * The frames in order, each shown for {@code delayMs} milliseconds (GIF counts hundredths of a
     * second), the last one for {@code lastDelayMs}, so the finished picture stays a moment.
     */
    public static AnimatedGif of(List<BufferedImage> images, int delayMs, int lastDelayMs) {
        if (images.isEmpty()) throw new IllegalArgumentException("AnimatedGif: give at least one frame");
        if (delayMs < 10 || lastDelayMs < 10) throw new IllegalArgumentException("AnimatedGif: a frame lasts at least 10 ms, got " + delayMs + " and " + lastDelayMs);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < images.size(); i++) {
                BufferedImage img = images.get(i);
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
                frameMetadata(meta, (i == images.size() - 1 ? lastDelayMs : delayMs) / 10, i == 0);
                writer.writeToSequence(new IIOImage(img, null, meta), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the GIF: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return new AnimatedGif(out.toByteArray(), images.size());
    }

    /** Sets a frame's delay and, on the first frame, the NETSCAPE2.0 block that makes the GIF loop. */
    private static void frameMetadata(IIOMetadata meta, int hundredths, boolean first) throws IOException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(hundredths));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0, for ever
            child(root, "ApplicationExtensions").appendChild(app);
        }
        meta.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    /** The GIF file's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Number of frames. */
    public int frames() {
        return frames;
    }

    @Override
    public MimeBundle toMimeBundle() {
        String b64 = Base64.getEncoder().encodeToString(bytes);
        return MimeBundle.html("<img src=\"data:image/gif;base64," + b64 + "\" alt=\"animation of " + frames + " frames\"/>",
                "<animated GIF, " + frames + " frames, " + String.format("%,d", bytes.length) + " bytes>");
    }
}
