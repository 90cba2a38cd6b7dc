package jielong.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;

/** Scatter frames drawn where the points are, and an animated GIF that reads back frame by frame. */
class PointFramesTest {
    @Test
    void gridHasOnePanelPerFrameAndDrawsThePoints() {
        PointFrames f = PointFrames.of("test", 2);
        for (int i = 0; i < 5; i++) f.add("t = " + i, new float[] {0, 0});
        BufferedImage three = f.grid(3), one = f.grid(1);
        assertTrue(three.getWidth() > 2 * one.getWidth(), "3 columns should be wider than 1");
        assertTrue(one.getHeight() > 2 * three.getHeight(), "5 rows should be taller than 2");
        List<BufferedImage> frames = f.frames();
        assertEquals(5, frames.size());
        // a point at the origin darkens the middle of the panel; an empty corner stays white
        BufferedImage img = frames.get(0);
        int white = 0xFFFFFF;
        boolean dark = false;
        for (int x = 0; x < img.getWidth(); x++)
            for (int y = 40; y < img.getHeight() - 40; y++) {
                int rgb = img.getRGB(x, y) & white;
                if (Math.abs(x - (34 + 110)) <= 1 && Math.abs(y - (26 + 18 + 110)) <= 1 && rgb != white) dark = true;
            }
        assertTrue(dark, "the point at the origin should be drawn in the panel's centre");
    }

    @Test
    void animatedGifHoldsEveryFrameAndLoops() throws Exception {
        PointFrames f = PointFrames.of("test", 2);
        for (int i = 0; i < 4; i++) f.add("t = " + i, new float[] {i * 0.5f, 0});
        AnimatedGif gif = AnimatedGif.of(f.frames(), 100, 1000);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif.bytes()))) {
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true));
            IIOMetadataNode last = (IIOMetadataNode) reader.getImageMetadata(3).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode control = (IIOMetadataNode) last.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("100", control.getAttribute("delayTime")); // hundredths of a second
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode app = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
        } finally {
            reader.dispose();
        }
        assertTrue(gif.toMimeBundle().get("text/html").startsWith("<img src=\"data:image/gif;base64,R0lG"));
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PointFrames.of("x", 0)).getMessage().contains("positive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PointFrames.of("x", 1).add("odd", new float[3])).getMessage().contains("x, y pairs"));
        assertTrue(assertThrows(IllegalStateException.class, () -> PointFrames.of("x", 1).grid(2)).getMessage().contains("at least one panel"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AnimatedGif.of(List.of(), 100, 100)).getMessage().contains("at least one frame"));
    }
}
