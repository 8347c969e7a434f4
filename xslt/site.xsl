<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet of a document page of the edition site (teikit build - -to site): the HTML edition
  of the document (imported whole), plus what ties it into the site — a banner naming the edition
  with a way home, previous and next in the edition's order, and links to this document's TEI source
  and PDF. The Python side (toolkit/outputs/site.py) plans the order and passes each page its
  neighbours as parameters; it writes the home page, the sitemap and the 404 page itself.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="html.xsl"/>
  <xsl:include href="site/params.xsl"/>
  <xsl:include href="site/page.xsl"/>
</xsl:stylesheet>
