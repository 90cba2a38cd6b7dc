package jielong.course.compression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.tokenize.CharTokenizer;
import jielong.train.TokenData;
import jielong.train.TrainConfig;
import jielong.train.Trainer;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.junit.jupiter.api.Test;
import org.tukaani.xz.XZInputStream;

class CompressTest {
    @Test
    void arithmeticCodingOfASkewedSourceCostsItsEntropy() {
        double[] p = {0.7, 0.2, 0.05, 0.05};
        double entropy = 0;
        for (double x : p) entropy -= x * Math.log(x) / Math.log(2);
        Random rng = new Random(1);
        int n = 20_000;
        int[] symbols = new int[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            symbols[i] = u < 0.7 ? 0 : u < 0.9 ? 1 : u < 0.95 ? 2 : 3;
        }
        Frequencies f = Frequencies.of(p);
        ArithmeticEncoder enc = new ArithmeticEncoder();
        for (int s : symbols) enc.encode(f, s);
        byte[] coded = enc.finish();
        ArithmeticDecoder dec = new ArithmeticDecoder(coded, 0);
        int[] back = new int[n];
        for (int i = 0; i < n; i++) back[i] = dec.decode(f);
        assertArrayEquals(symbols, back);
        double bitsPerSymbol = 8.0 * coded.length / n;
        assertEquals(entropy, bitsPerSymbol, 0.02, "coded size should be the source's entropy, " + entropy + " bits per symbol");
    }

    @Test
    void everySymbolStaysCodableEvenWithProbabilityZero() {
        Frequencies f = Frequencies.of(new double[] {1, 0, 0});
        assertTrue(f.high(1) - f.low(1) >= 1);
        assertEquals(2, f.symbolAt(f.low(2)));
        assertEquals(Frequencies.TOTAL, f.total(), 3);
    }

    @Test
    void aModelCompressesARoundTripExactlyAndAsSmallAsItsCrossEntropy() {
        String corpus = "床前明月光，疑是地上霜。舉頭望明月，低頭思故鄉。\n".repeat(40);
        CharTokenizer tok = CharTokenizer.fromText(corpus);
        GptConfig shape = new GptConfig(tok.vocabSize(), 16, 1, 2, 16, 0f);
        Trainer trainer = new Trainer(new Gpt(shape, 1), new TokenData(tok.encode(corpus)), null,
                TrainConfig.defaults().withIters(60).withWarmup(5).withBatchSize(4).withEval(0, 1));
        trainer.run();
        ModelCompressor c = new ModelCompressor(trainer.model(), tok);
        String text = corpus.substring(0, 200);
        byte[] z = c.compress(text);
        assertEquals(text, c.decompress(z));
        ModelCompressor.Costs costs = c.costs(text);
        assertEquals(c.crossEntropyBits(text), costs.model(), 1e-9 * costs.model(), "one pass or two, the same cross-entropy");
        // The coder writes what its whole-number tables charge, plus the 4-byte header and a final bit or two.
        double table = costs.table() / 8 + 4;
        assertTrue(z.length >= table - 1, z.length + " bytes, below the tables' own cross-entropy of " + table);
        assertTrue(z.length <= table + 2, z.length + " bytes against the tables' cross-entropy of " + table);
        assertTrue(Math.abs(costs.table() - costs.model()) <= 0.01 * costs.model(), "tables of 2^24 round p by far less than 1%");
        assertTrue(z.length < text.getBytes(StandardCharsets.UTF_8).length / 3, "a trained model should compress repeated poetry well");
    }

    @Test
    void standardCompressorsProduceWhatTheirDecodersRead() throws Exception {
        byte[] data = "白日依山盡，黃河入海流。".repeat(200).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(data, read(new GZIPInputStream(new ByteArrayInputStream(StandardCompressors.gzip(data)))));
        assertArrayEquals(data, read(new BZip2CompressorInputStream(new ByteArrayInputStream(StandardCompressors.bzip2(data)))));
        assertArrayEquals(data, read(new XZInputStream(new ByteArrayInputStream(StandardCompressors.xz(data)))));
        CompressionTable t = CompressionTable.withStandardCompressors(new String(data, StandardCharsets.UTF_8));
        assertEquals(data.length, t.bytes("UTF-8, uncompressed"));
        assertEquals(2400, t.characters());
    }

    private static byte[] read(InputStream in) throws Exception {
        try (in) {
            return in.readAllBytes();
        }
    }
}
