/**
 * Models several lessons share. {@link jielong.course.models.TangGpt} is the character-level GPT on
 * the Tang quatrains that lesson 04 ({@code 04-pretraining}) pre-trains and lessons 02, 03 and 05
 * load from lesson 04's run folder (training it there if it is missing); {@link
 * jielong.course.models.TangText} is its text, tokenizer and train/validation split. Lesson 04 has
 * no package of its own: its notebook uses this one and the library's trainer.
 */
package jielong.course.models;
