/**
 * Band-maths expressions as far as the headless engine evaluates them: valid-pixel expressions,
 * parsed with the grammar of SNAP's jexp ({@link org.dlinsar.lite.expr.ValidPixelExpression}).
 */
package org.dlinsar.lite.expr;
