package org.dlinsar.lite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.esa.snap.core.datamodel.ProductNode;
import org.junit.jupiter.api.Test;

/**
 * The stand-in declares only SNAP's listed API: every public class in {@code com.bc.ceres.*} and
 * {@code org.esa.snap.*} is listed in the test resource {@code snap-api/signatures.txt} with the same kind,
 * modifiers and supertypes, and every public or protected member is listed with the same erased signature
 * and modifiers (or overrides a listed one); see {@link SignatureChecker}.
 */
class StandInSignatureTest {

  @Test
  void everyPublicClassAndMemberOfTheStandInIsListed() throws Exception {
    ApiSignatures api = ApiSignatures.parse(Files.readAllLines(StandInClasses.signaturesFile()));
    List<Class<?>> classes = StandInClasses.load(ProductNode.class);
    assertFalse(classes.isEmpty(), "no stand-in classes found beside " + ProductNode.class);

    List<String> problems = new SignatureChecker(api, StandInClasses::isStandIn).check(classes);

    assertTrue(problems.isEmpty(), problems.size() + " stand-in members differ from signatures.txt:\n  "
        + String.join("\n  ", problems));
  }

  @Test
  void scanFindsTheCoreStandInClasses() throws Exception {
    List<String> names = StandInClasses.load(ProductNode.class).stream().map(Class::getName).toList();

    assertTrue(names.contains("org.esa.snap.core.datamodel.ProductData$UTC"), names.toString());
    assertTrue(names.contains("com.bc.ceres.core.ProgressMonitor"), names.toString());
  }
}
