/**
 * Classification and value assessment: configured, ordered rules that set tags (value tier,
 * urgency…), and a score from purchase figures that puts each customer in a value group with a
 * treatment. Both run when a customer's inputs change and as a batch over a whole tenant; a
 * changed tag is a {@link io.crmkit.classification.Classified} event.
 */
package io.crmkit.classification;
