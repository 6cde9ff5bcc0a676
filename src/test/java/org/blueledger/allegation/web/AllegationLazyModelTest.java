package org.blueledger.allegation.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;

/** The case list's model travels with a replicated session (issue #16) without its rows. */
class AllegationLazyModelTest {

    @Test
    void theModelIsSerializedWithItsListStateButWithoutTheRowsOfThePage() throws Exception {
        CaseListState state = new CaseListState();
        state.q = "market";
        AllegationLazyModel cut = new AllegationLazyModel(null, state);
        cut.setWrappedData(new ArrayList<>(List.of(new Object()))); // a row that could not be serialized

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(cut);
        }
        AllegationLazyModel copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (AllegationLazyModel) in.readObject();
        }

        assertNull(copy.getWrappedData());
    }
}
