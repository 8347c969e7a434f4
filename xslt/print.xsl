<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet of the PDF edition: one TEI P5 document in, one print HTML page out, which
  WeasyPrint lays out with CSS Paged Media (xslt/css/print.css) and turns into a PDF
  (toolkit/build/pdf.py).

  Print is a delta on the web edition, not a fork: this file imports html.xsl, so the semantics
  (common/) and every web behaviour are inherited, and the modules below override only what differs
  on paper. It only imports and includes.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="html.xsl"/>
  <!-- The page: print CSS instead of the web's CSS and scripts, metadata, title and imprint pages. -->
  <xsl:include href="print/page.xsl"/>
  <!-- Editorial notes as footnotes in place; the source's endnote calls as bracketed marks. -->
  <xsl:include href="print/notes.xsl"/>
  <!-- Registers with the page numbers of the mentions, computed by the renderer. -->
  <xsl:include href="print/registers.xsl"/>
  <!-- About this edition, with a word on the marks used in print. -->
  <xsl:include href="print/about.xsl"/>
</xsl:stylesheet>
