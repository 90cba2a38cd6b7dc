package jielong.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated stand-ins for real quatrains: random common characters poured into the
 * five-character form. They carry the form (what a tiny model learns first) but no meaning,
 * and serve as the fallback corpus when the real poems cannot be fetched.
 */
public final class PseudoQuatrains {
    /** A few hundred everyday characters, mostly nature and travel words; chosen for this course. */
    private static final String CHARACTERS =
            "山水月风花雪云天日春秋夜江河湖海草木松竹梅柳鸟雁鹤马人客家乡城楼门窗灯酒茶书琴剑舟帆桥路"
            + "林石泉溪雨霜露烟霞星光影声香色红白青黄绿金玉心梦思愁归来去行飞落开满空明长远高深清寒暖新"
            + "古老孤独千万一三五半几何时年朝暮晚晓东西南北中上下前后里外边头见闻望听问知看坐卧起立过"
            + "入出回还留别送逢共同相自无有不可应须欲将犹已未更又复独谁君我故旧亭台寺庙田园村野径桑";
    private static final String FIRST_MARKS = "，，，，？";
    private static final String END_MARKS = "。。。。！";

    private PseudoQuatrains() {}

    /** {@code count} pseudo-quatrains of 24 characters each; the same seed gives the same ones. */
    public static List<String> generate(long seed, int count) {
        Random random = new Random(seed);
        List<String> poems = new ArrayList<>(count);
        for (int i = 0; i < count; i++) poems.add(one(random));
        return poems;
    }

    /** One pseudo-quatrain, drawing from {@code random}. */
    public static String one(Random random) {
        StringBuilder poem = new StringBuilder(Quatrains.LENGTH);
        for (int line = 0; line < 4; line++) {
            for (int c = 0; c < 5; c++) poem.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
            String marks = line % 2 == 0 ? FIRST_MARKS : END_MARKS;
            poem.append(marks.charAt(random.nextInt(marks.length())));
        }
        return poem.toString();
    }

    /** The pseudo-quatrains as a corpus in the same layout as tang-quatrains: one poem per line. */
    public static String corpus(long seed, int count) {
        StringBuilder text = new StringBuilder();
        for (String poem : generate(seed, count)) text.append(poem).append('\n');
        return text.toString();
    }
}
