package org.dlinsar.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dlinsar.inference.ModelCard;
import org.dlinsar.sim.PixelBox;

/**
 * DL-Detect's method {@code DL} with a model whose card has an {@link ModelCard.Ensemble}: the
 * network's detections and the classical method's joined. Each method's score is put on one
 * scale, linear through (0, 0), (its operating point, 0.5) and (1, 1), so that {@code minScore}
 * 0.5 keeps what either method finds at its own operating point; a target both find is one
 * detection ({@link BoxSuppression#sameTarget}), with the box of the higher score, or the
 * classical method's where the card says {@link ModelCard.Ensemble#classicalFirst}. Where the card
 * gives an {@link ModelCard.Ensemble#agreement}, a target both find scores at least the mean of
 * their two scores plus it: two methods that see the same slide just under their operating points
 * are surer together than either alone.
 *
 * <p>Why: on the simulator's scenes the network and the classical scan miss different slides (the
 * network weak slides near noise-like texture, the scan slides whose lobes it cannot pair), so the
 * join finds more than either at fewer false alarms than lowering either's threshold (README,
 * "Joining the networks and the classical detector").
 */
final class DetectionEnsemble {

  private DetectionEnsemble() {}

  /** A method's score {@code score} on the joined scale, its operating point {@code point}. */
  static double joinedScore(double score, double point) {
    return score <= point ? 0.5 * score / point : 0.5 + 0.5 * (score - point) / (1 - point);
  }

  /**
   * The least joined score at which a method's detection can still reach {@code minScore} by the
   * other's agreement (their mean plus the agreement): what each method must report to the join.
   */
  static double leastJoined(double minScore, ModelCard.Ensemble points) {
    return Math.max(0, minScore - 2 * points.agreement());
  }

  /**
   * The least score of its own the network must report to the join for {@code minScore}: the
   * network's strips and the run that joins them must ask for the same.
   */
  static double networkFloor(double minScore, ModelCard.Ensemble points) {
    return methodScore(leastJoined(minScore, points), points.networkScore());
  }

  /** As {@link #networkFloor} for the classical method. */
  static double classicalFloor(double minScore, ModelCard.Ensemble points) {
    return methodScore(leastJoined(minScore, points), points.classicalScore());
  }

  /** The inverse of {@link #joinedScore}: the method's own score that joins at {@code joined}. */
  static double methodScore(double joined, double point) {
    return joined <= 0.5 ? 2 * joined * point : point + (2 * joined - 1) * (1 - point);
  }

  /**
   * @param network the network's detections, own scores
   * @param classical the classical method's, own scores
   * @param points the card's operating points
   * @param minScore the least joined score kept
   * @param partGap classical first, a box this close (pixels) to a kept one is part of its target:
   *     a network fragment of a bowl's rim beside the classical box of the bowl, and also a weaker
   *     classical box (were it applied to network boxes only, the held-out mixed and mining scenes
   *     would get one second box on a site more each at minScore 0.5 and no further site: README,
   *     stop 70)
   * @return the joined detections on the joined scale, unordered
   */
  static List<DetectionRun.Scored> join(List<DetectionRun.Scored> network,
      List<DetectionRun.Scored> classical, ModelCard.Ensemble points, double minScore,
      int partGap) {
    Comparator<DetectionRun.Scored> surest = Comparator.comparingDouble(
        (DetectionRun.Scored s) -> -s.score()).thenComparingInt(DetectionRun.Scored::peakY)
        .thenComparingInt(DetectionRun.Scored::peakX);
    List<DetectionRun.Scored> networkJoined = network.stream()
        .map(s -> s.withScore(joinedScore(s.score(), points.networkScore()))).toList();
    List<DetectionRun.Scored> classicalJoined = classical.stream()
        .map(s -> s.withScore(joinedScore(s.score(), points.classicalScore()))).toList();
    List<DetectionRun.Scored> fromNetwork = agreed(networkJoined, classicalJoined, points);
    List<DetectionRun.Scored> fromClassical = agreed(classicalJoined, networkJoined, points);
    List<DetectionRun.Scored> all = new ArrayList<>();
    if (points.classicalFirst()) {
      all.addAll(fromClassical.stream().sorted(surest).toList());
      all.addAll(fromNetwork.stream().sorted(surest).toList());
    } else {
      all.addAll(fromNetwork);
      all.addAll(fromClassical);
      all.sort(surest);
    }
    List<DetectionRun.Scored> kept = new ArrayList<>();
    for (DetectionRun.Scored s : all) {
      if (s.score() >= minScore
          && kept.stream().noneMatch(k -> sameTarget(k.box(), s.box(), points.classicalFirst(),
              partGap))) {
        kept.add(s);
      }
    }
    return kept;
  }

  /**
   * Each of {@code own} with at least the mean of its score and its partner's plus the card's
   * agreement ({@link #agreedScore}). Its partner is the surest of {@code other} on the same
   * target (either box's centre in the other, or IoU >= 0.3), provided it is that one's surest of
   * {@code own} too: a weak, larger box around a slide that another box of its method already stands for
   * borrows no score from the slide's box of the other method.
   */
  private static List<DetectionRun.Scored> agreed(List<DetectionRun.Scored> own,
      List<DetectionRun.Scored> other, ModelCard.Ensemble points) {
    if (points.agreement() == 0) {
      return own;
    }
    return own.stream().map(s -> surestOnTarget(s, other)
        .filter(partner -> surestOnTarget(partner, own).orElseThrow() == s)
        .map(partner -> s.withScore(Math.max(s.score(),
            agreedScore(s.score(), partner.score(), points.agreement()))))
        .orElse(s)).toList();
  }

  /**
   * The mean of two partners' joined scores plus the agreement, the whole of it up to a mean of
   * 0.5 (where it decides what is kept) and less above, down to nothing at 1: sure pairs keep
   * their order instead of all reaching 1.
   */
  static double agreedScore(double score, double partner, double agreement) {
    double mean = (score + partner) / 2;
    return mean + agreement * Math.min(1, 2 * (1 - mean));
  }

  /** The surest of {@code boxes} on the target of {@code s}, the first of equals. */
  private static Optional<DetectionRun.Scored> surestOnTarget(DetectionRun.Scored s,
      List<DetectionRun.Scored> boxes) {
    DetectionRun.Scored surest = null;
    for (DetectionRun.Scored b : boxes) {
      if (eitherOnTheOthersTarget(s.box(), b.box())
          && (surest == null || b.score() > surest.score())) {
        surest = b;
      }
    }
    return Optional.ofNullable(surest);
  }

  /**
   * Whether {@code later} is the target {@code kept} stands for. Classical first, it is also when
   * {@code later} holds {@code kept}'s centre or lies within {@code partGap} pixels of it: a
   * network box that swallows a classical one (on the mining scenes, a bowl merged with the
   * atmospheric cell beside it) or sits on its rim is on a target the classical method has a box
   * on, so it adds nothing but a second box.
   */
  private static boolean sameTarget(PixelBox kept, PixelBox later, boolean classicalFirst,
      int partGap) {
    return classicalFirst
        ? eitherOnTheOthersTarget(kept, later) || BoxOverlap.gap(kept, later) <= partGap
        : BoxSuppression.sameTarget(kept, later);
  }

  /** Whether either box is on the other's target ({@link BoxSuppression#sameTarget} either way). */
  private static boolean eitherOnTheOthersTarget(PixelBox a, PixelBox b) {
    return BoxSuppression.sameTarget(a, b) || BoxSuppression.sameTarget(b, a);
  }
}
