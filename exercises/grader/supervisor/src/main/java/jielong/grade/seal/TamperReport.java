package jielong.grade.seal;

import java.util.List;
import java.util.Set;

/**
 * What the checksum comparison found.
 *
 * @param problems    each file that is modified, missing or unknown, in words
 * @param chapters    the chapters whose results cannot be trusted ({@link Seal#EVERY_CHAPTER} for all)
 * @param fingerprint the sealed suite's fingerprint, for a teacher to compare with the course's
 */
public record TamperReport(List<String> problems, Set<String> chapters, String fingerprint) {

    /** Whether a chapter's results can be trusted. */
    public boolean trusts(String chapter) {
        return !chapters.contains(chapter) && !chapters.contains(Seal.EVERY_CHAPTER);
    }
}
