/**
 * Stand-in for SNAP's ceres-binding DOM: {@code DomElement} and {@code DefaultDomElement}, an
 * in-memory element tree (name, value, ordered attributes and children) that writes itself as
 * escaped XML. Graph node parameters are held in it.
 */
package com.bc.ceres.binding.dom;
