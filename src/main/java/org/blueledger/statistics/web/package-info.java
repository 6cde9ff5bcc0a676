/** The statistics page ({@code statistics/index.xhtml}): filters, tables and charts. */
package org.blueledger.statistics.web;
