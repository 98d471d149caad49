package vn.dcim.web.ui;

/**
 * A screen's typed model: a record holding what its template reads, built by the screen's controller or its read
 * service. Its components reach the template under their own names ({@code ${assets}}, {@code ${canEdit}});
 * {@link ScreenModelDecorator} lays them out before the page's common keys (who is signed in, the CSRF token) are
 * added. The record is {@code @Introspected}: it is read through its bean properties, not by reflection.
 */
public interface ScreenView {
    /** The layout's frame of this page: the menu, the address, the lit menu item. */
    Navigation.Frame frame();

    /**
     * A group of variables that the layout or a shared fragment reads at the top of the model (the frame, the centre
     * selector): its components are laid out beside the screen's own, under their own names. A part is also the whole
     * model of a fragment that a page's script re-reads alone (the console's rows), which has no frame.
     */
    interface Part {
    }
}
