<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet of the HTML edition: one TEI P5 document in, one self-contained HTML5 page out.

  It only includes. common/ decides what each TEI element *is* (block, inline, heading, note, mention,
  alternative, break, link) and calls the named behaviours t:block, t:inline, t:heading, …; html/
  implements those behaviours for the web and lays out the page. The PDF edition (xslt/typst.xsl)
  includes the same common/ modules and implements the same behaviours in Typst markup.
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
  <!-- How the web edition shows it. -->
  <xsl:include href="html/behaviours.xsl"/>
  <xsl:include href="html/smallcaps.xsl"/>
  <xsl:include href="html/page.xsl"/>
  <xsl:include href="html/header.xsl"/>
  <xsl:include href="html/notes.xsl"/>
  <xsl:include href="html/transcription.xsl"/>
  <xsl:include href="html/apparatus.xsl"/>
  <xsl:include href="html/registers.xsl"/>
  <xsl:include href="html/map.xsl"/>
  <xsl:include href="html/drama.xsl"/>
</xsl:stylesheet>
