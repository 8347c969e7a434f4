<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet of the PDF edition: one TEI P5 document in, one Typst file out, which the renderer
  (toolkit/outputs/pdf.py) compiles into a PDF/A-3a + PDF/UA-1 with the TEI source attached.

  It only includes. common/ decides what each TEI element is, exactly as for the HTML edition;
  typst/ implements the same behaviours (t:block, t:inline, t:note-call, …) in Typst markup and lays
  out the book: behaviours.xsl (and the one escaping function), notes.xsl, registers.xsl, page.xsl,
  and edition.typ, the page design in Typst, which page.xsl writes in front of the markup.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <!-- What TEI means: shared by every output. -->
  <xsl:include href="common/params.xsl"/>
  <xsl:include href="common/labels.xsl"/>
  <xsl:include href="common/modes.xsl"/>
  <xsl:include href="common/numbering.xsl"/>
  <xsl:include href="common/dates.xsl"/>
  <xsl:include href="common/linking.xsl"/>
  <xsl:include href="common/namesdates.xsl"/>
  <xsl:include href="common/core.xsl"/>
  <xsl:include href="common/textstructure.xsl"/>
  <xsl:include href="common/transcr.xsl"/>
  <xsl:include href="common/textcrit.xsl"/>
  <xsl:include href="common/verse.xsl"/>
  <xsl:include href="common/drama.xsl"/>
  <xsl:include href="common/figures.xsl"/>
  <xsl:include href="common/header.xsl"/>
  <xsl:include href="common/fallback.xsl"/>
  <!-- How the printed book shows it. -->
  <xsl:include href="typst/behaviours.xsl"/>
  <xsl:include href="typst/notes.xsl"/>
  <xsl:include href="typst/transcription.xsl"/>
  <xsl:include href="typst/apparatus.xsl"/>
  <xsl:include href="typst/registers.xsl"/>
  <xsl:include href="typst/page.xsl"/>
  <xsl:include href="typst/drama.xsl"/>
</xsl:stylesheet>
