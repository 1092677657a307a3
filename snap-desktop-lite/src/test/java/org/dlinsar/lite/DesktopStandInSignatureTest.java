package org.dlinsar.lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.esa.snap.rcp.SnapApp;
import org.junit.jupiter.api.Test;

/**
 * The Desktop stand-in declares only SNAP Desktop's listed API: every public class and member of
 * snap-desktop-lite is listed in {@code snap-api/desktop-signatures.txt} with the same erased
 * signature, modifiers, kind and supertypes (snap-engine-lite's check, on these classes).
 */
class DesktopStandInSignatureTest {

  @Test
  void everyPublicClassAndMemberOfTheDesktopStandInIsListed() throws Exception {
    ApiSignatures api = ApiSignatures.parse(Files.readAllLines(TestResources.path("snap-api/desktop-signatures.txt")));
    List<Class<?>> classes = StandInClasses.load(SnapApp.class);
    assertEquals(List.of("org.esa.snap.graphbuilder.gpf.ui.BaseOperatorUI",
        "org.esa.snap.graphbuilder.gpf.ui.BaseOperatorUI$MapBacked",
        "org.esa.snap.graphbuilder.gpf.ui.BaseOperatorUI$ParameterProperty", "org.esa.snap.graphbuilder.gpf.ui.DefaultUI",
        "org.esa.snap.graphbuilder.gpf.ui.OperatorUI", "org.esa.snap.graphbuilder.gpf.ui.UIValidation",
        "org.esa.snap.graphbuilder.gpf.ui.UIValidation$State", "org.esa.snap.rcp.SnapApp",
        "org.esa.snap.rcp.SnapApp$Selection", "org.esa.snap.rcp.SnapApp$SelectionSourceHint",
        "org.esa.snap.rcp.util.SelectionSupport", "org.esa.snap.rcp.util.SelectionSupport$Handler",
        "org.esa.snap.ui.AppContext", "org.esa.snap.ui.BasicView", "org.esa.snap.ui.product.ProductSceneImage",
        "org.esa.snap.ui.product.ProductSceneView"), classes.stream().map(Class::getName).toList());

    List<String> problems = new SignatureChecker(api, StandInClasses::isStandIn).check(classes);

    assertTrue(problems.isEmpty(), problems.size() + " stand-in members differ from desktop-signatures.txt:\n  "
        + String.join("\n  ", problems));
  }
}
