<?xml version='1.0' encoding='ISO-8859-1' ?>
<!DOCTYPE helpset
        PUBLIC "-//Sun Microsystems Inc.//DTD JavaHelp HelpSet Version 2.0//EN"
        "http://java.sun.com/products/javahelp/helpset_2_0.dtd">
<helpset version="2.0">
    <title>DL-InSAR Help</title>
    <maps>
        <homeID>dlinsarChain</homeID>
        <mapref location="map.jhm"/>
    </maps>
    <view mergetype="javax.help.UniteAppendMerge">
        <name>TOC</name>
        <label>Contents</label>
        <type>javax.help.TOCView</type>
        <data>toc.xml</data>
    </view>
</helpset>
