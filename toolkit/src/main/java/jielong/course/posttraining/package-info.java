/**
 * Lesson 18, post-training (后训练): a tiny GPT pre-trained on a stream of sums, fine-tuned into a
 * question-and-answer format (SFT), a Bradley-Terry reward model on preference pairs, RL with a KL
 * penalty against it for several β, DPO on the same pairs, and the compute each stage spent.
 */
package jielong.course.posttraining;
