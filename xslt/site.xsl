<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet of a document page of the edition site (teikit build - -to site): the HTML edition
  of the document (imported whole), plus what ties it into the site — a banner naming the edition
  with a way home, previous and next in the edition's order, and links to this document's TEI source
  and PDF. The Python side (toolkit/outputs/site.py) plans the order and passes each page its
  neighbours as parameters. The same stylesheet makes the pages of the whole from listings the
  Python side writes: the home, search and 404 pages (site/index.xsl) and the register pages
  (site/register.xsl).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="html.xsl"/>
  <xsl:include href="site/params.xsl"/>
  <xsl:include href="site/page.xsl"/>
  <xsl:include href="site/register.xsl"/>
  <xsl:include href="site/index.xsl"/>
</xsl:stylesheet>
