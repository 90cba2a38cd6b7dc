package jielong.course.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import jielong.games.Exhaustive;
import jielong.games.Match;
import jielong.games.Player;
import jielong.games.QPlayer;
import jielong.games.TicTacToe;
import jielong.train.TrainConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson's learners learn: a Q-table stops losing to random, a network learns perfect moves, fusion fixes its blunders; runs reload. */
class SchoolsRunsTest {
    @Test
    void aTrainedQTableStopsLosingToARandomPlayer(@TempDir Path dir) {
        QRun.Result r = QRun.trainOrLoad(dir, "q", Player.random(), 200_000, 20_000, 1000, 14, null);
        double[] first = r.rows().get(0), last = r.last();
        assertTrue(first[3] > 0.2, "an untrained table loses often to random: " + first[3]);
        Match.Record rec = Match.record(new QPlayer(r.table()), Player.random(), 5000, 99);
        assertTrue(rec.lossRate() < 0.005, "after 200,000 episodes it should (nearly) never lose to random: " + rec);
        assertTrue(rec.winRate() > 0.9, rec.toString());
        QRun.Result again = QRun.trainOrLoad(dir, "q", Player.random(), 200_000, 20_000, 1000, 14, null);
        assertEquals(r.table().stateList(), again.table().stateList(), "a finished run is loaded");
        assertEquals(last[1], again.last()[1]);
    }

    @Test
    void aNetworkLearnsPerfectMovesAndFusionCutsItsLosses(@TempDir Path dir) {
        MoveData data = new MoveData(0.2, 14);
        assertEquals(4520, data.pool().size() + data.test().size(), "every position with a move to make");
        TrainConfig config = TrainConfig.defaults().withIters(600).withBatchSize(64).withLearningRate(3e-3f).withWarmup(50)
                .withEval(0, 1).withCheckpointEvery(0).withSeed(14);
        MoveNet untrained = new MoveNet(new int[] {64}, 14);
        double guess = MoveData.guessRate(data.test());
        assertTrue(guess > 0.4 && guess < 0.8, "a random legal move is perfect about 58% of the time: " + guess);
        NetRun.Point p = NetRun.trainOrLoad(dir, data, data.pool().size(), new int[] {64}, config, null);
        assertTrue(p.testAccuracy() > untrained.accuracy(data.test()) + 0.2,
                "held-out accuracy " + p.testAccuracy() + " against " + untrained.accuracy(data.test()) + " untrained");
        assertTrue(p.testAccuracy() > guess + 0.2, "it plays better than a guess: " + p.testAccuracy() + " against " + guess);
        assertTrue(p.illegalRate() < 0.05, "it learns which squares are taken: " + p.illegalRate());
        int alone = Exhaustive.against(p.net(), TicTacToe.X).losses() + Exhaustive.against(p.net(), TicTacToe.O).losses();
        Fused fused = new Fused(p.net());
        int together = Exhaustive.against(fused, TicTacToe.X).losses() + Exhaustive.against(fused, TicTacToe.O).losses();
        assertTrue(together <= alone, "rules for win and block never add losses: " + together + " against " + alone);
        NetRun.Point again = NetRun.trainOrLoad(dir, data, data.pool().size(), new int[] {64}, config, null);
        assertEquals(p.testAccuracy(), again.testAccuracy(), 1e-8, "a finished run is loaded with its measurements");
        assertEquals(p.testAccuracy(), again.net().accuracy(data.test()), 1e-8, "and its weights");
        assertEquals(List.of("train_accuracy", "test_accuracy", "illegal_rate"), NetRun.COLUMNS);
    }

    @Test
    void badSettingsGetClearMessages(@TempDir Path dir) {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MoveData(1.5, 1)).getMessage().contains("test share"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MoveData(0.2, 1).train(0)).getMessage().contains("holds 1 to 3616 positions"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> QRun.trainOrLoad(dir, "q", Player.random(), 1000, 300, 10, 1, null))
                .getMessage().contains("multiple"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Opponents.sparring(2)).getMessage().contains("probability"));
        String msg = assertThrows(IllegalArgumentException.class, () -> Exhaustive.against(Player.random(), TicTacToe.X)).getMessage();
        assertTrue(msg.contains("draws random numbers"), msg);
        assertEquals("—", SchoolsTables.linesLost(Player.random()));
    }
}
