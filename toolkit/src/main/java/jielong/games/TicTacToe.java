package jielong.games;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A tic-tac-toe position: nine squares numbered 0 (top left) to 8 (bottom right), row by row; X
 * moves first. Immutable: {@link #play} returns a new position. The eight lines are the three rows,
 * three columns and two diagonals.
 */
public final class TicTacToe {
    /** The marks a square can hold. */
    public static final int EMPTY = 0, X = 1, O = 2;
    /** The eight winning lines, each three squares. */
    public static final int[][] LINES = {
            {0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};

    private final byte[] cells;
    private final int placed;
    private final int winner;

    private TicTacToe(byte[] cells) {
        this.cells = cells;
        int n = 0;
        for (byte c : cells) if (c != EMPTY) n++;
        this.placed = n;
        this.winner = lineWinner(cells);
    }

    /** The empty board, X to move. */
    public static TicTacToe start() {
        return new TicTacToe(new byte[9]);
    }

    /**
     * A position written as nine characters, row by row, 'X', 'O' and '.' (spaces and '|' are
     * ignored): {@code "XO. .X. ..O"}. It must be reachable: X has as many marks as O or one more,
     * and at most one side has a line.
     */
    public static TicTacToe of(String board) {
        String s = board.replace(" ", "").replace("|", "").replace("\n", "");
        if (s.length() != 9) {
            throw new IllegalArgumentException("a board is 9 squares of 'X', 'O' or '.', row by row; got " + s.length() + " in \"" + board + "\"");
        }
        byte[] cells = new byte[9];
        int xs = 0, os = 0;
        for (int i = 0; i < 9; i++) {
            char ch = Character.toUpperCase(s.charAt(i));
            switch (ch) {
                case 'X' -> { cells[i] = X; xs++; }
                case 'O' -> { cells[i] = O; os++; }
                case '.', '_', '-' -> cells[i] = EMPTY;
                default -> throw new IllegalArgumentException("square " + i + " of \"" + board + "\" is '" + ch + "': use 'X', 'O' or '.'");
            }
        }
        if (xs != os && xs != os + 1) {
            throw new IllegalArgumentException("\"" + board + "\" has " + xs + " X and " + os + " O: X moves first, so X has as many marks as O or one more");
        }
        TicTacToe p = new TicTacToe(cells);
        if (p.winner == -1) throw new IllegalArgumentException("\"" + board + "\": both X and O have a line, which no game reaches");
        return p;
    }

    /** The position with its code from {@link #code()}. */
    public static TicTacToe fromCode(int code) {
        if (code < 0 || code >= 19683) throw new IllegalArgumentException("a position code is between 0 and 3^9 - 1 = 19,682, got " + code);
        byte[] cells = new byte[9];
        for (int i = 0; i < 9; i++) {
            cells[i] = (byte) (code % 3);
            code /= 3;
        }
        return new TicTacToe(cells);
    }

    /** The mark on a square: {@link #EMPTY}, {@link #X} or {@link #O}. */
    public int at(int square) {
        return cells[square];
    }

    /** Whose turn it is: X when both have placed as many marks. */
    public int toMove() {
        return placed % 2 == 0 ? X : O;
    }

    /** Marks on the board (0 to 9). */
    public int placed() {
        return placed;
    }

    /** The side with three in a line, or {@link #EMPTY}. */
    public int winner() {
        return Math.max(winner, EMPTY);
    }

    /** True when someone has a line or the board is full. */
    public boolean isOver() {
        return winner() != EMPTY || placed == 9;
    }

    /** The empty squares, in increasing order; none when the game is over. */
    public int[] legalMoves() {
        if (isOver()) return new int[0];
        int[] m = new int[9 - placed];
        int k = 0;
        for (int i = 0; i < 9; i++) if (cells[i] == EMPTY) m[k++] = i;
        return m;
    }

    /** The position after the side to move marks {@code square}. */
    public TicTacToe play(int square) {
        if (square < 0 || square > 8) throw new IllegalArgumentException("squares are numbered 0 to 8, row by row; got " + square);
        if (isOver()) throw new IllegalArgumentException("the game is over (" + (winner() == EMPTY ? "a draw" : name(winner()) + " won") + "): no more moves");
        if (cells[square] != EMPTY) throw new IllegalArgumentException("square " + square + " already holds " + name(cells[square]) + "; legal moves: " + Arrays.toString(legalMoves()));
        byte[] next = cells.clone();
        next[square] = (byte) toMove();
        return new TicTacToe(next);
    }

    /** The position as one number, Σ mark(i)·3^i (0 to 19,682): a key for tables. */
    public int code() {
        int c = 0;
        for (int i = 8; i >= 0; i--) c = c * 3 + cells[i];
        return c;
    }

    /** The opponent of a side: X for O, O for X. */
    public static int other(int side) {
        return side == X ? O : X;
    }

    /** "X", "O" or "." for a mark. */
    public static String name(int mark) {
        return mark == X ? "X" : mark == O ? "O" : ".";
    }

    /** Every position a game can reach from the empty board, the empty board first (5,478 of them). */
    public static List<TicTacToe> reachable() {
        List<TicTacToe> all = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Deque<TicTacToe> queue = new ArrayDeque<>(List.of(start()));
        seen.add(0);
        while (!queue.isEmpty()) {
            TicTacToe p = queue.poll();
            all.add(p);
            for (int m : p.legalMoves()) {
                TicTacToe q = p.play(m);
                if (seen.add(q.code())) queue.add(q);
            }
        }
        return all;
    }

    /** Three rows like "X O ." separated by new lines. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) sb.append(c == 0 ? "" : " ").append(name(cells[3 * r + c]));
            if (r < 2) sb.append('\n');
        }
        return sb.toString();
    }

    /** The nine squares on one line, "XO..X...O". */
    public String compact() {
        StringBuilder sb = new StringBuilder();
        for (byte c : cells) sb.append(name(c));
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TicTacToe t && Arrays.equals(cells, t.cells);
    }

    @Override
    public int hashCode() {
        return code();
    }

    /** X or O for the side with a line, EMPTY for none, -1 when both have one (unreachable). */
    private static int lineWinner(byte[] cells) {
        int w = EMPTY;
        for (int[] l : LINES) {
            byte a = cells[l[0]];
            if (a != EMPTY && a == cells[l[1]] && a == cells[l[2]]) {
                if (w != EMPTY && w != a) return -1;
                w = a;
            }
        }
        return w;
    }
}
